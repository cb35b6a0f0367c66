import { z } from 'zod';

// Extension pages forbid eval: validate without zod's generated-code fast path.
z.config({ jitless: true });

export { z };
