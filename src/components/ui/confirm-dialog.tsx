'use client';

import type { ReactNode } from 'react';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { Button } from './button';
import { DIALOG_BACKDROP, DIALOG_PANEL, useReturnFocus } from './modal';

/**
 * A confirmation for destructive actions (Radix AlertDialog): focus is trapped and starts on Cancel,
 * Esc cancels, the backdrop does not, and focus returns to where it was.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  confirmVariant = 'danger',
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** When the action is itself a cancel ("Cancel import"), a label that is not "Cancel" too. */
  cancelLabel?: string;
  /** Destructive by default; a confirmation that only commits (an application) says primary. */
  confirmVariant?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const returnFocus = useReturnFocus();
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={DIALOG_BACKDROP} />
        <AlertDialog.Content {...returnFocus} className={`${DIALOG_PANEL} max-w-md`}>
          <div className="p-6">
            <AlertDialog.Title className="text-lg font-semibold text-gray-900">{title}</AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="mt-2 text-sm text-gray-600">{children}</div>
            </AlertDialog.Description>
            <div className="mt-6 flex justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary" disabled={busy}>
                  {cancelLabel}
                </Button>
              </AlertDialog.Cancel>
              <Button variant={confirmVariant} onClick={onConfirm} busy={busy}>
                {confirmLabel}
              </Button>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
