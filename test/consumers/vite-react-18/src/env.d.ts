// The settings this app reads at build time (set them in .env or the environment of `vite build`).
interface ImportMetaEnv {
  readonly VITE_GENAUTH_APP_HOST: string;
  readonly VITE_GENAUTH_APP_ID: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
