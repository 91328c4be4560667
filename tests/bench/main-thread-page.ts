/** Runs inside the benchmark page (bundled by tests/bench/main-thread.ts). */
import { extractArticle } from '../../utils/article/index';
import { takeSnapshot } from '../../utils/page/snapshot';

(globalThis as unknown as { __pullquoteBench: unknown }).__pullquoteBench = { extractArticle, takeSnapshot };
