'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Card, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { ApiKeys } from './api-keys';

const ProgramSettingsQuery = graphql(`
  query ProgramSettings($slug: String!) {
    program(slug: $slug) {
      id
      name
      slug
      websiteUrl
      linkParameters
      inviteExpiryDays
      defaultGroup {
        id
        name
      }
    }
  }
`);

export function SettingsView({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(ProgramSettingsQuery, { variables: { slug } });
  return (
    <>
      <PageHeader title="Settings" description="Your program's details and the API keys your integrations use." />
      <QueryState data={data?.program} loading={loading} error={error} errorTitle="Settings could not be loaded." onRetry={() => void refetch()}>
        {(program) => (
          <div className="space-y-6">
            <Card className="p-5">
              <h2 className="text-base font-semibold text-gray-900">Program</h2>
              <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
                <dt className="text-gray-500">Name</dt>
                <dd>{program.name}</dd>
                <dt className="text-gray-500">Slug</dt>
                <dd>
                  <code>{program.slug}</code>
                </dd>
                <dt className="text-gray-500">Website</dt>
                <dd>{program.websiteUrl}</dd>
                <dt className="text-gray-500">Link parameters</dt>
                <dd>
                  <code>{program.linkParameters}</code>
                </dd>
                <dt className="text-gray-500">Invites expire after</dt>
                <dd>{program.inviteExpiryDays} days</dd>
                <dt className="text-gray-500">Default group</dt>
                <dd>{program.defaultGroup.name}</dd>
              </dl>
            </Card>
            <ApiKeys programId={program.id} />
          </div>
        )}
      </QueryState>
    </>
  );
}
