import { ProjectFrame } from '../../app/ProjectHeader';
import { Markdown } from '../../markdown/Markdown';
import { Workbench } from './Workbench';

/** The annotator's workbench: instructions pinned on top, then one task at a time. */
export function WorkbenchPage({ id }: { id: number }) {
  return (
    <ProjectFrame id={id} current="work">
      {(project) => (
        <>
          <details className="pinned" open>
            <summary>Instructions · version {project.template?.version ?? '–'}</summary>
            <Markdown text={project.template?.instructions || 'No instructions.'} />
          </details>
          <Workbench projectId={id} options={project.template?.question?.options ?? []} prompt={project.template?.question?.prompt} />
        </>
      )}
    </ProjectFrame>
  );
}
