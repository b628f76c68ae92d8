'use client';

// React 19 no longer warns about a layout effect rendered on a server (where no effect runs), so
// the layout effect serves both.
export { useLayoutEffect as useIsomorphicLayoutEffect } from 'react';
