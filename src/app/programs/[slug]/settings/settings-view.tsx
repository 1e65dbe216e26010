'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { Tabs } from '@/components/ui/tabs';
import { ApiKeys } from './api-keys';
import { CustomFieldsSettings } from './custom-fields-settings';
import { GeneralSettings } from './general-settings';
import { MarketplaceSettings } from './marketplace-settings';

const ProgramSettingsQuery = graphql(`
  query ProgramSettings($slug: String!) {
    program(slug: $slug) {
      id
      ...GeneralSettingsProgram
      ...MarketplaceSettingsProgram
    }
  }
`);

export function SettingsView({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(ProgramSettingsQuery, { variables: { slug } });
  return (
    <>
      <PageHeader title="Settings" description="Your program's details, the custom fields it tracks, and the API keys your integrations use." />
      <QueryState data={data?.program} loading={loading} error={error} errorTitle="Settings could not be loaded." onRetry={() => void refetch()}>
        {(program) => (
          <Tabs
            tabs={[
              { id: 'general', label: 'General', content: <GeneralSettings program={program} /> },
              { id: 'custom-fields', label: 'Custom fields', content: <CustomFieldsSettings programId={program.id} /> },
              { id: 'marketplace', label: 'Marketplace', content: <MarketplaceSettings program={program} /> },
              { id: 'api-keys', label: 'API keys', content: <ApiKeys programId={program.id} /> },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
