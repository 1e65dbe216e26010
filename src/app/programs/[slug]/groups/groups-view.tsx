'use client';

import { Fragment, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Badge, Card, EmptyState, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { CopyButton } from '@/components/ui/copy-button';
import { CreateGroupForm } from './create-group-form';
import { GroupSettings } from './group-settings';

export const ProgramGroupsQuery = graphql(`
  query ProgramGroups($slug: String!) {
    program(slug: $slug) {
      id
      name
      groups(first: 100) {
        totalCount
        edges {
          node {
            ...GroupSettingsFields
          }
        }
      }
    }
  }
`);

export function GroupsView({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(ProgramGroupsQuery, { variables: { slug } });
  const [created, setCreated] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const program = data?.program;

  return (
    <>
      <PageHeader
        title="Groups"
        description="Each group has its own join link, commission rate and the emails and links its partners get. New partners land in the default group unless you choose another."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="space-y-4">
          {created && <Notice>Group “{created}” created. Share its join link to let partners join it.</Notice>}
          {notice && !created && <Notice>{notice}</Notice>}
          <QueryState
            data={program?.groups.edges.map((e) => e.node)}
            loading={loading}
            error={error}
            errorTitle="The groups could not be loaded."
            onRetry={() => void refetch()}
            loadingLabel="Loading groups…"
            isEmpty={(list) => list.length === 0}
            empty={<EmptyState title="No groups yet">Create a group to give a set of partners their own join link and commission.</EmptyState>}
          >
            {(groups) => (
              <Card className="overflow-x-auto">
                <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="groups-table">
                  <caption className="sr-only">Groups of {program?.name}</caption>
                  <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
                    <tr>
                      <th scope="col" className="px-4 py-3">Name</th>
                      <th scope="col" className="px-4 py-3 text-right">Partners</th>
                      <th scope="col" className="px-4 py-3 text-right">Commission</th>
                      <th scope="col" className="px-4 py-3">Join link</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-gray-100 bg-white">
                    {groups.map((group) => (
                      <Fragment key={group.id}>
                      <tr data-testid="group-row">
                        <td className="px-4 py-3">
                          <div className="flex items-center gap-2 font-medium text-gray-900">
                            {group.name}
                            {group.isDefault && <Badge tone="brand">Default</Badge>}
                            {group.applicationFormEnabled && <Badge>Application form</Badge>}
                          </div>
                          <div className="mt-0.5 text-xs text-gray-500">{group.destinationUrl ?? 'Links go to the program website'}</div>
                          <button type="button" className="mt-1 text-xs font-semibold text-brand-600 hover:underline" aria-expanded={editing === group.id} onClick={() => setEditing(editing === group.id ? null : group.id)}>
                            Settings<span className="sr-only"> of {group.name}</span>
                          </button>
                        </td>
                        <td className="px-4 py-3 text-right tabular-nums">{group.partnershipCount}</td>
                        <td className="px-4 py-3 text-right tabular-nums">{group.commissionRate}%</td>
                        <td className="px-4 py-3">
                          <CopyButton value={group.joinUrl} label={`Copy join link of ${group.name}`} />
                        </td>
                      </tr>
                      {editing === group.id && (
                        <tr>
                          <td colSpan={4} className="p-0">
                            <GroupSettings
                              slug={slug}
                              group={group}
                              onDone={(message) => {
                                setEditing(null);
                                if (message) {
                                  setCreated(null);
                                  setNotice(message);
                                  void refetch();
                                }
                              }}
                            />
                          </td>
                        </tr>
                      )}
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </Card>
            )}
          </QueryState>
        </div>
        {program && (
          <Card className="h-fit p-5">
            <h2 className="text-base font-semibold text-gray-900">New group</h2>
            <CreateGroupForm
              programId={program.id}
              onCreated={(name) => {
                setCreated(name);
                void refetch();
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}
