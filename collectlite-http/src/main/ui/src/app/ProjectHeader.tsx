import { useQuery } from '@tanstack/react-query';
import { api, must } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { href, type Route } from './router';
import { ErrorNote, Loading } from './ui';

/** The current project, shared by every page inside a project. */
export function useProject(id: number) {
  return useQuery({
    queryKey: ['project', id],
    queryFn: () => must(api.GET('/api/projects/{id}', { params: { path: { id } } })),
  });
}

/** The project's tabs, each for some roles and, when `types` is given, only for projects of those task types. */
const TABS: { page: Route['page']; label: string; roles: string[]; types?: string[] }[] = [
  { page: 'project', label: 'Overview', roles: ['owner', 'reviewer', 'annotator'] },
  { page: 'work', label: 'Workbench', roles: ['owner', 'annotator'] },
  { page: 'review', label: 'Review', roles: ['owner', 'reviewer'] },
  { page: 'dashboard', label: 'Dashboard', roles: ['owner', 'reviewer'] },
  { page: 'quality', label: 'Quality', roles: ['owner', 'reviewer'] },
  { page: 'suggestions', label: 'Suggestions', roles: ['owner', 'reviewer'] },
  { page: 'leaderboard', label: 'Leaderboard', roles: ['owner', 'reviewer'], types: ['pairwise_preference'] },
  { page: 'export', label: 'Export', roles: ['owner'] },
];

/** Project name, the caller's role and the tabs that role may open on this type of project. */
export function ProjectHeader({ id, current, project }: { id: number; current: Route['page']; project: ProjectDetail }) {
  const role = project.role ?? '';
  return (
    <div className="project-head">
      <h1>
        {project.name} <span className="badge">{role}</span>
      </h1>
      <nav aria-label="Project" className="tabs">
        {TABS.filter((t) => t.roles.includes(role) && (!t.types || t.types.includes(project.task_type))).map((t) => (
          <a
            key={t.page}
            href={href({ page: t.page, id } as Route)}
            aria-current={t.page === current ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
    </div>
  );
}

/** Loads the project and renders the header, then the page body with the loaded project. */
export function ProjectFrame({
  id,
  current,
  children,
}: {
  id: number;
  current: Route['page'];
  children: (project: ProjectDetail) => React.ReactNode;
}) {
  const project = useProject(id);
  if (project.error) return <main><ErrorNote error={project.error} title="Project" /></main>;
  if (!project.data) return <main><Loading what="project" /></main>;
  return (
    <main>
      <ProjectHeader id={id} current={current} project={project.data} />
      {children(project.data)}
    </main>
  );
}
