'use client';
import { useEffect, useLayoutEffect } from 'react';

/** `useLayoutEffect` in a browser; on a server, where neither runs, `useEffect`: React 18.3 (a supported peer) warns about a layout effect there. */
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
