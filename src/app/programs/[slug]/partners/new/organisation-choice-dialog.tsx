'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { graphql } from '@/gql';
import type { PartnerCandidateChoiceFragment } from '@/gql/graphql';

/** What the dialog shows of each organisation; the candidates query and the add mutation spread it. */
export const PartnerCandidateChoice = graphql(`
  fragment PartnerCandidateChoice on PartnerCandidate {
    alreadyInProgram
    partner {
      id
      name
      logoUrl
    }
  }
`);

export type Candidate = PartnerCandidateChoiceFragment;

/** "If they already have an account, you will be asked to confirm which partner organization to connect." */
export function OrganisationChoiceDialog({
  open,
  email,
  candidates,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  email: string;
  candidates: Candidate[];
  onCancel: () => void;
  onConfirm: (partnerId: string) => void;
}) {
  const selectable = candidates.filter((c) => !c.alreadyInProgram);
  const [choice, setChoice] = useState<string | null>(null);
  // Each opening starts from the preselected only choice, if there is one.
  const [wasOpen, setWasOpen] = useState(false);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setChoice(selectable.length === 1 ? selectable[0].partner.id : null);
  }
  return (
    <Modal
      open={open}
      title="Connect an existing partner"
      onClose={onCancel}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button disabled={!choice} onClick={() => choice && onConfirm(choice)}>
            Connect partner
          </Button>
        </>
      }
    >
      <p>
        {email} already has a Partnerly account. Choose which partner organisation to connect. Its Owner or Admin approves the partnership from their dashboard; until then it shows the invited flag.
      </p>
      <fieldset className="space-y-2">
        <legend className="sr-only">Partner organisation</legend>
        {candidates.map((c) => (
          <label
            key={c.partner.id}
            className={`flex items-center gap-3 rounded-md p-3 ring-1 ring-gray-200 ${c.alreadyInProgram ? 'opacity-60' : 'cursor-pointer hover:bg-gray-50'}`}
          >
            <input
              type="radio"
              name="organisation"
              value={c.partner.id}
              disabled={c.alreadyInProgram}
              checked={choice === c.partner.id}
              onChange={() => setChoice(c.partner.id)}
              className="h-4 w-4 text-brand-600"
            />
            <span className="text-sm font-medium text-gray-900">{c.partner.name}</span>
            {c.alreadyInProgram && <span className="text-xs text-gray-500">already in this program</span>}
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}
