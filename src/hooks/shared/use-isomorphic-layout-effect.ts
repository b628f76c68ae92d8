'use client';
import { useEffect, useLayoutEffect } from 'react';

/** `useLayoutEffect` in a browser; on a server, where neither runs, `useEffect`, which does not warn. */
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
