import { useMemo } from 'react';
import { ProjectFrame } from '../../app/ProjectHeader';
import type { ProjectDetail } from '../../api/types';
import { Markdown } from '../../markdown/Markdown';
import { questionsOf } from '../task/questions';
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
          <ProjectWorkbench project={project} />
        </>
      )}
    </ProjectFrame>
  );
}

function ProjectWorkbench({ project }: { project: ProjectDetail }) {
  const questions = useMemo(() => questionsOf(project), [project]);
  return <Workbench projectId={project.id} questions={questions} taskType={project.task_type} />;
}
