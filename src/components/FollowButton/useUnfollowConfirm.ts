'use client';

import { useEffect, useState } from 'react';
import type { UnfollowConfirm } from './UnfollowConfirm';

type Confirm = typeof UnfollowConfirm;

let loaded: Confirm | undefined;
let loading: Promise<Confirm> | undefined;

function loadConfirm(): Promise<Confirm> {
  loading ??= import('./UnfollowConfirm').then((module) => {
    loaded = module.UnfollowConfirm;
    return loaded;
  });
  return loading;
}

/**
 * The unfollow confirmation, loaded only by buttons that ask first (`confirmUnfollow`): apps
 * that never set it do not carry its code. Loading starts when such a button mounts, so the
 * dialog is there by the time anyone clicks; undefined until then.
 */
export function useUnfollowConfirm(wanted: boolean): Confirm | undefined {
  const [confirm, setConfirm] = useState<Confirm | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted || confirm) return;
    let mounted = true;
    loadConfirm().then((component) => {
      if (mounted) setConfirm(() => component);
    });
    return () => {
      mounted = false;
    };
  }, [wanted, confirm]);
  return confirm;
}
