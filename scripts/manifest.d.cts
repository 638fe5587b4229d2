// Types for scripts/manifest.cjs (plain CommonJS so webpack's config can require it).
export declare const DEV_BASE_URL: string;
export declare const PLACEHOLDER_BASE_URL: string;
export declare function normaliseBaseUrl(raw: string): string;
export declare function resolveBaseUrl(env?: Record<string, string | undefined>): { baseUrl: string; warning: string | undefined };
export declare function toProductionManifest(xml: string, baseUrl: string): string;
