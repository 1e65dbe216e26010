'use client';

import { useRef, type ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { adoptPageNonceForStyles } from './style-nonce';

adoptPageNonceForStyles();

/** Focus goes back where it was when the dialog opened (Radix returns it only to its own Trigger, which these dialogs do not use). */
export function useReturnFocus() {
  const returnTo = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      if (returnTo.current?.isConnected) returnTo.current.focus();
      returnTo.current = null;
    },
  };
}

// As the native <dialog> it replaces: centred, at most the viewport less a margin, scrolling inside.
export const DIALOG_PANEL = 'fixed left-1/2 top-1/2 z-50 max-h-[calc(100%-2rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white shadow-xl focus:outline-none';
export const DIALOG_BACKDROP = 'fixed inset-0 z-50 bg-gray-900/40';

/**
 * A modal dialog (Radix Dialog): focus is trapped, Esc closes it, focus returns to where it was.
 * A click on the backdrop does not close it, so a half-filled form is not lost by accident.
 */
export function Modal({ open, title, onClose, children, footer }: { open: boolean; title: string; onClose: () => void; children: ReactNode; footer: ReactNode }) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className={DIALOG_BACKDROP} />
        <Dialog.Content aria-describedby={undefined} onPointerDownOutside={(e) => e.preventDefault()} {...returnFocus} className={`${DIALOG_PANEL} max-w-lg`}>
          <div className="p-6">
            <Dialog.Title className="text-lg font-semibold text-gray-900">{title}</Dialog.Title>
            <div className="mt-3 space-y-3 text-sm text-gray-600">{children}</div>
            <div className="mt-6 flex justify-end gap-2">{footer}</div>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
