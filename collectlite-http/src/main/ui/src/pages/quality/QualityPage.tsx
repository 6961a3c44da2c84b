import type { ProjectDetail } from '../../api/types';
import { ProjectFrame } from '../../app/ProjectHeader';
import { ConsensusSection } from './ConsensusSection';
import { FlagSection } from './FlagSection';
import { GoldSection } from './GoldSection';
import { ReliabilitySection } from './ReliabilitySection';
import { SettingsSection } from './SettingsSection';

/**
 * A project's quality engine: its settings, consensus recomputes, gold answers, each annotator's
 * reliability and owners' review flags. Owners change things; reviewers read.
 */
export function QualityPage({ id }: { id: number }) {
  return <ProjectFrame id={id} current="quality">{(project) => <Quality project={project} />}</ProjectFrame>;
}

function Quality({ project }: { project: ProjectDetail }) {
  const owner = project.role === 'owner';
  return (
    <div className="grid">
      <div className="col">
        <SettingsSection project={project} editable={owner} />
        <ConsensusSection projectId={project.id} editable={owner} />
      </div>
      <div className="col">
        <ReliabilitySection projectId={project.id} />
        {owner && <GoldSection project={project} />}
        {owner && <FlagSection projectId={project.id} />}
      </div>
    </div>
  );
}
