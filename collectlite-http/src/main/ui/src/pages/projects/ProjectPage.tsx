import { ProjectFrame } from '../../app/ProjectHeader';
import { InstructionsSection } from './InstructionsSection';
import { LabelsSection } from './LabelsSection';
import { MembersSection } from './MembersSection';
import { MetricsSection } from './MetricsSection';
import { TasksSection } from './TasksSection';
import { UploadSection } from './UploadSection';

/** A project's overview: instructions, members, data, tasks and progress, by role. */
export function ProjectPage({ id }: { id: number }) {
  return (
    <ProjectFrame id={id} current="project">
      {(project) => {
        const owner = project.role === 'owner';
        const canSeeMembers = owner || project.role === 'reviewer';
        return (
          <div className="grid">
            <div className="col">
              <InstructionsSection project={project} editable={owner} />
              <LabelsSection project={project} editable={owner} />
              {canSeeMembers && <MembersSection projectId={project.id} editable={owner} />}
            </div>
            <div className="col">
              {owner && <UploadSection project={project} />}
              {owner && <TasksSection projectId={project.id} defaultOverlap={project.overlap ?? 2} />}
              {canSeeMembers && <MetricsSection projectId={project.id} />}
            </div>
          </div>
        );
      }}
    </ProjectFrame>
  );
}
