// Stands in for `msw` in the kit's bench page: the page talks to the mock through `mock.fetch`, so
// the MSW handlers the mock also builds are never used, and MSW itself would only weigh on the
// page's load time (and so on its first render figure).
export const http = { all: () => ({}) };
