import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import type { Role } from '../../api/types';
import { ErrorNote, Loading, Section } from '../../app/ui';

/** The project's members; owners add users as annotators or reviewers (or change a role). */
export function MembersSection({ projectId, editable }: { projectId: number; editable: boolean }) {
  const members = useQuery({
    queryKey: ['members', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/members', { params: { path: { id: projectId } } })),
  });
  return (
    <Section title="Members" id="members">
      <ErrorNote error={members.error} />
      {!members.data ? (
        <Loading what="members" />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((m) => (
              <tr key={m.user_id}>
                <td>{m.user_name}</td>
                <td>{m.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && <AddMember projectId={projectId} />}
    </Section>
  );
}

function AddMember({ projectId }: { projectId: number }) {
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => must(api.GET('/api/users')) });
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role>('annotator');
  const add = useMutation({
    mutationFn: () =>
      must(
        api.PUT('/api/projects/{id}/members/{userId}', {
          params: { path: { id: projectId, userId: Number(userId) } },
          body: { role },
        }),
      ),
    onSuccess: () => {
      setUserId('');
      void queryClient.invalidateQueries({ queryKey: ['members', projectId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (userId) add.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Add member">
      <div className="row">
        <div>
          <label htmlFor="member-user">User</label>
          <select id="member-user" value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">Choose a user…</option>
            {(users.data ?? []).map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="member-role">Role</label>
          <select id="member-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="annotator">annotator</option>
            <option value="reviewer">reviewer</option>
            <option value="owner">owner</option>
          </select>
        </div>
        <button type="submit" className="align-end" disabled={!userId || add.isPending}>
          Add member
        </button>
      </div>
      <ErrorNote error={add.error ?? users.error} title="Not added" />
    </form>
  );
}
