'use client';

import { useRef, useState } from 'react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { graphql } from '@/gql';
import type { PartnersBulkActionsProgramFragment as BulkActionsProgram, PartnershipSelection } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { ErrorNotice } from '@/components/ui/feedback';
import { Modal } from '@/components/ui/modal';
import { Working } from '@/components/ui/progress';
import { useMutationOutcome } from '@/components/use-form-mutation';
import type { Selection } from '@/components/use-list-selection';
import { toFilter, type PartnersView } from './filters';

/** What the actions need of the program: its id for the selection, its groups to move to. */
export const PartnersBulkActionsProgramFragment = graphql(`
  fragment PartnersBulkActionsProgram on Program {
    id
    groups(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const RemovePartnersMutation = graphql(`
  mutation RemovePartners($input: RemovePartnersInput!) {
    removePartners(input: $input) {
      removedCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MovePartnerGroupMutation = graphql(`
  mutation MovePartnerGroup($input: MovePartnerGroupInput!) {
    movePartnerGroup(input: $input) {
      movedCount
      group {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The Actions menu of All Partners: Delete Partners and Update Partner Group, each behind a dialog. */
export function BulkActions({
  program,
  view,
  selection,
  selectedCount,
  onDone,
}: {
  program: BulkActionsProgram;
  view: PartnersView;
  selection: Selection;
  selectedCount: number;
  onDone: (message: string) => void;
}) {
  const [dialog, setDialog] = useState<'remove' | 'move' | null>(null);
  const [deactivateLinks, setDeactivateLinks] = useState(false);
  const [groupId, setGroupId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [remove, { loading: removing }] = useMutationOutcome(RemovePartnersMutation, (d) => d.removePartners);
  const [move, { loading: moving }] = useMutationOutcome(MovePartnerGroupMutation, (d) => d.movePartnerGroup);
  // The dialog a menu item asked for, opened once the menu has closed and given focus back to its
  // button, so that closing the dialog returns focus there too.
  const chosen = useRef<'remove' | 'move' | null>(null);
  const groups = program.groups.edges.map((e) => e.node);

  const target = (): PartnershipSelection =>
    selection.allMatching ? { programId: program.id, filter: toFilter(view), allMatching: true } : { programId: program.id, partnershipIds: [...selection.ids] };
  const noun = `${selectedCount.toLocaleString('en-GB')} partner${selectedCount === 1 ? '' : 's'}`;
  const open = (which: 'remove' | 'move') => {
    setError(null);
    setDeactivateLinks(false);
    setGroupId('');
    setDialog(which);
  };
  const item = 'block w-full cursor-default px-4 py-2 text-left text-sm outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600';

  return (
    <div>
      {/* Not modal, as before: a click outside closes the menu and still reaches what it was aimed at. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild disabled={selectedCount === 0}>
          <Button variant="secondary" disabled={selectedCount === 0}>
            Actions ▾
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            aria-label="Actions"
            align="end"
            sideOffset={4}
            onCloseAutoFocus={() => {
              if (chosen.current) open(chosen.current);
              chosen.current = null;
            }}
            className="z-10 w-56 rounded-md bg-white py-1 shadow-lg ring-1 ring-gray-200"
          >
            <DropdownMenu.Item className={`${item} data-[highlighted]:bg-gray-50`} onSelect={() => (chosen.current = 'move')}>
              Update Partner Group
            </DropdownMenu.Item>
            <DropdownMenu.Item className={`${item} text-red-700 data-[highlighted]:bg-red-50`} onSelect={() => (chosen.current = 'remove')}>
              Delete Partners
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>

      <Modal
        open={dialog === 'remove'}
        title={`Delete ${noun}?`}
        onClose={() => !removing && setDialog(null)}
        footer={
          <>
            <Button variant="secondary" disabled={removing} onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button
              variant="danger"
              busy={removing}
              onClick={async () => {
                setError(null);
                const outcome = await remove({ input: { selection: target(), deactivateLinks } });
                if (!outcome.ok) return setError(outcome.message);
                const { payload } = outcome;
                setDialog(null);
                onDone(`${payload.removedCount.toLocaleString('en-GB')} partner${payload.removedCount === 1 ? ' was' : 's were'} removed${deactivateLinks ? ' and their links deactivated' : ''}.`);
              }}
            >
              Delete partners
            </Button>
          </>
        }
      >
        <p>
          Removed partners no longer see your program or its referral information, and leave All Partners. Their history stays in the all-partner export. They
          cannot rejoin with the same email unless you add them again, which creates a new partnership without the old history.
        </p>
        <label className="flex items-start gap-3 rounded-md bg-gray-50 p-3">
          <input type="checkbox" checked={deactivateLinks} onChange={(e) => setDeactivateLinks(e.target.checked)} className="mt-0.5 h-4 w-4 rounded border-gray-300 text-brand-600" />
          <span>
            <span className="font-medium text-gray-900">Deactivate partner links</span>
            <span className="mt-1 block text-xs">
              Anyone who clicks their links afterwards lands on a 404 page, not your website: a good choice if you suspect fraudulent referrals, but real customers will not reach
              your site. If you leave links active, they keep redirecting to your website, but activity is not tracked to the partner and no commission is earned.
            </span>
          </span>
        </label>
        {removing && <Working label={`Removing ${noun}…`} />}
        {error && <ErrorNotice title="Nothing was removed.">{error}</ErrorNotice>}
      </Modal>

      <Modal
        open={dialog === 'move'}
        title={`Move ${noun} to another group`}
        onClose={() => !moving && setDialog(null)}
        footer={
          <>
            <Button variant="secondary" disabled={moving} onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button
              busy={moving}
              disabled={!groupId}
              onClick={async () => {
                setError(null);
                const outcome = await move({ input: { selection: target(), groupId } });
                if (!outcome.ok) return setError(outcome.message);
                const { payload } = outcome;
                setDialog(null);
                onDone(`${payload.movedCount.toLocaleString('en-GB')} partner${payload.movedCount === 1 ? ' was' : 's were'} moved to ${payload.group?.name}.`);
              }}
            >
              Move to group
            </Button>
          </>
        }
      >
        <label className="block text-sm font-medium text-gray-800">
          New group
          <select
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
            className="mt-1 block w-full rounded-md border-0 bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
          >
            <option value="">Choose a group</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <p className="rounded-md bg-amber-50 p-3 text-amber-800 ring-1 ring-amber-200">
          From now on these partners get the new group&apos;s emails, automations, links and commission. Ongoing commissions they earned in their previous group may be affected by the new
          group&apos;s rules.
        </p>
        {moving && <Working label={`Moving ${noun}…`} />}
        {error && <ErrorNotice title="Nothing was moved.">{error}</ErrorNotice>}
      </Modal>
    </div>
  );
}
