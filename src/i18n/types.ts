import type { ServerLang } from '../api/server-lang.js';
import type { enUS } from './locales/en-US.js';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** A full message catalog: the shape of en-US with every leaf a string. */
export type Messages = Widen<typeof enUS>;

/** Any subset of a catalog, for the `messages` override prop. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

export type MessagesOverride = DeepPartial<Messages>;

/** The locales the kit ships catalogs for. Any BCP 47 tag is accepted and matched to one of them. */
export type SupportedLocale = ServerLang;
