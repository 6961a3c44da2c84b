import { useState } from 'react';
import type { ProjectDetail } from '../../api/types';
import { ProjectFrame } from '../../app/ProjectHeader';
import { JobsSection } from './JobsSection';
import { ReportSection } from './ReportSection';
import { RunSection } from './RunSection';
import { SettingsSection } from './SettingsSection';

/**
 * A project's model suggestions: run a model over the examples and follow its job, choose whether
 * annotators see suggestions, and read how each model compares with the settled labels and how much
 * seeing a suggestion sways annotators. Owners change things; reviewers read.
 */
export function SuggestionsPage({ id }: { id: number }) {
  return <ProjectFrame id={id} current="suggestions">{(project) => <Suggestions project={project} />}</ProjectFrame>;
}

function Suggestions({ project }: { project: ProjectDetail }) {
  const owner = project.role === 'owner';
  // the job whose details are open; the newest one until the user picks another
  const [selected, setSelected] = useState<number | null>(null);
  return (
    <div className="grid">
      <div className="col">
        <RunSection project={project} editable={owner} onStarted={setSelected} />
        <JobsSection projectId={project.id} selected={selected} onSelect={setSelected} />
      </div>
      <div className="col">
        <ReportSection project={project} />
        <SettingsSection projectId={project.id} editable={owner} />
      </div>
    </div>
  );
}
