'use client';

import { useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { graphql } from '@/gql';
import type { MarketplaceSettingsProgramFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Checkbox, Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Card, ErrorNotice, Notice } from '@/components/ui/feedback';
import { useFormMutation } from '@/components/use-form-mutation';
import { marketplaceListingShape, NETWORK_CATEGORIES } from '@/shapes/network';
import { MarketplaceCard } from '@/components/marketplace-card';

export const MarketplaceSettingsProgram = graphql(`
  fragment MarketplaceSettingsProgram on Program {
    id
    name
    websiteUrl
    defaultGroup {
      id
      name
    }
    groups(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    marketplaceListing {
      listed
      description
      category
      logoUrl
      listedAt
      group {
        id
        name
      }
    }
  }
`);

const UpdateMarketplaceListingMutation = graphql(`
  mutation UpdateMarketplaceListing($input: UpdateMarketplaceListingInput!) {
    updateMarketplaceListing(input: $input) {
      program {
        ...MarketplaceSettingsProgram
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DESCRIPTION_MAX = 300;

interface ListingForm {
  listed: boolean;
  description: string;
  category: string;
  logoUrl: string;
  /** '' is the default group. */
  groupId: string;
}

const FIELDS = ['listed', 'description', 'category', 'logoUrl', 'groupId'] as const;

function formValues(program: MarketplaceSettingsProgramFragment): ListingForm {
  const l = program.marketplaceListing;
  return { listed: l.listed, description: l.description ?? '', category: l.category ?? '', logoUrl: l.logoUrl ?? '', groupId: l.group?.id ?? '' };
}

const toInput = (v: ListingForm) => ({
  listed: v.listed,
  description: v.description.trim() || null,
  category: v.category || null,
  logoUrl: v.logoUrl.trim() || null,
});

/** The shared listing shape checks the form, so the page and the server give the same message. */
const resolver: Resolver<ListingForm> = async (values) => {
  const parsed = marketplaceListingShape.safeParse(toInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= { type: 'validate', message: issue.message };
  return { values: {}, errors };
};

/** Settings → Marketplace: whether network-approved partners find the program in /marketplace, and what they see. */
export function MarketplaceSettings({ program }: { program: MarketplaceSettingsProgramFragment }) {
  const [saved, setSaved] = useState<boolean | null>(null);
  const { register, handleSubmit, setError, control, reset, formState } = useForm<ListingForm>({ resolver, defaultValues: formValues(program) });
  const [listed, description, category, logoUrl, groupId] = useWatch({ control, name: ['listed', 'description', 'category', 'logoUrl', 'groupId'] });
  const [update] = useFormMutation(UpdateMarketplaceListingMutation, (d) => d.updateMarketplaceListing, { setError, fields: FIELDS });
  const errors = formState.errors;
  const groups = program.groups.edges.map((e) => e.node);
  const groupName = groups.find((g) => g.id === groupId)?.name ?? program.defaultGroup.name;
  const logoPreview = /^https?:\/\/\S+$/.test(logoUrl?.trim() ?? '') ? logoUrl.trim() : null;

  const onSubmit = handleSubmit(async (v) => {
    setSaved(null);
    const payload = await update({ input: { programId: program.id, ...toInput(v), groupId: v.groupId || null } });
    if (payload?.program) {
      reset(formValues(payload.program));
      setSaved(payload.program.marketplaceListing.listed);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[1fr_20rem]" aria-label="Marketplace settings">
      <div className="space-y-6">
        <Card className="space-y-4 p-5">
          <h2 className="text-base font-semibold text-gray-900">Marketplace listing</h2>
          <p className="text-sm text-gray-600">
            Listed programs appear in the marketplace, where network-approved partners apply in one step with their network profile. Their applications
            wait on the Applications page with the source Marketplace; a required question their profile does not answer is marked Missing.
          </p>
          <p className="text-sm text-gray-600" data-testid="profile-answers">
            The profile answers the group’s questions named (by custom-field key or label) website, company or company name, country, and description,
            and every Country question (with the profile’s first country). Other questions stay for the partner to tell you in messages.
          </p>
          <Checkbox label="List this program in the marketplace" hint="Unlisting hides it from the marketplace and keeps the texts below." {...register('listed')} />
          <div>
            <label htmlFor="listing-description" className="block text-sm font-medium text-gray-800">
              Description{listed && <span aria-hidden="true" className="text-red-600"> *</span>}
            </label>
            <textarea
              id="listing-description"
              rows={4}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby="listing-description-count"
              className={`mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset focus:ring-2 ${errors.description ? 'ring-red-500' : 'ring-gray-300 focus:ring-brand-600'}`}
              {...register('description')}
            />
            <p id="listing-description-count" className={`mt-1 text-xs ${(description?.trim().length ?? 0) > DESCRIPTION_MAX ? 'text-red-600' : 'text-gray-500'}`} aria-live="polite">
              {description?.trim().length ?? 0} / {DESCRIPTION_MAX} characters. What partners read on the program’s card.
            </p>
            {errors.description?.message && (
              <p className="mt-1 text-sm text-red-600" data-testid="field-error">
                {errors.description.message}
              </p>
            )}
          </div>
          <Select label="Category" required={listed} error={errors.category?.message} {...register('category')}>
            <option value="">Choose a category</option>
            {NETWORK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
          <Field label="Logo URL" type="url" placeholder="https://" hint="A square image works best. Empty: the program’s initial." error={errors.logoUrl?.message} {...register('logoUrl')} />
          <Select label="Applicants’ group" hint="The group marketplace applications go to (and whose form they are checked against)." error={errors.groupId?.message} {...register('groupId')}>
            <option value="">{program.defaultGroup.name} (default group)</option>
            {groups
              .filter((g) => g.id !== program.defaultGroup.id)
              .map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
          </Select>
        </Card>
        {errors.root?.message && <ErrorNotice title="Not saved.">{errors.root.message}</ErrorNotice>}
        {saved !== null && !formState.isDirty && (
          <Notice>{saved ? 'Saved. The program is listed in the marketplace.' : 'Saved. The program is not listed in the marketplace.'}</Notice>
        )}
        <Button type="submit" busy={formState.isSubmitting}>
          Save listing
        </Button>
      </div>
      <aside aria-label="Listing preview" className="space-y-2 self-start">
        <h3 className="text-sm font-semibold text-gray-700">Preview</h3>
        <MarketplaceCard
          program={{ name: program.name, description: description?.trim() || 'Your description appears here.', category: category || 'No category yet', logoUrl: logoPreview, websiteUrl: program.websiteUrl }}
        />
        <p className="text-xs text-gray-500">
          {listed ? 'Partners see this card in the marketplace.' : 'Not listed: partners do not see this card.'} Applicants join the {groupName} group.
        </p>
      </aside>
    </form>
  );
}
