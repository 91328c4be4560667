import { defineUnlistedScript } from '#imports';
import { takeSnapshot } from '@/utils/page/snapshot';

// Injected on demand by the background (scripting.executeScript) when the reader opens the popup.
// The promise's value is the executeScript result.
export default defineUnlistedScript(() => takeSnapshot(document));
