import { h } from './dom';
import { currentActions, quiet, say, setActions } from './footer';
import { sidebarText as t } from './sidebar-text';
import { model } from './state';

/**
 * Runs `then` now, or, when the form holds unsaved changes, after asking: save first,
 * throw them away, or stay. Every way out of an indicator (the pickers, the footer's
 * buttons, the sheet's selection, the mode tabs) comes through here.
 */
export function leaving(then: () => void): void {
  const current = model.form;
  if (!model.dirty || !current) {
    then();
    return;
  }
  say(t.unsavedTitle(current.draft().code), 'warning');
  const before = currentActions();
  setActions(
    h(
      'button',
      {
        type: 'button',
        class: 'action',
        onclick: async () => {
          if (await current.save(current.draft())) then();
        },
      },
      t.saveFirst,
    ),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          model.dirty = false;
          quiet();
          then();
        },
      },
      t.discard,
    ),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          quiet();
          setActions(...before);
        },
      },
      t.cancel,
    ),
  );
}
