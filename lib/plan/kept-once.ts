/**
 * A value computed once for a key and kept while the key stays the same: a list the learner
 * works through (Today's) keeps its rows while they tick them, and is made anew when what it
 * was made from changes (a new plan).
 */
export class KeptOnce<T> {
  private key: string | null = null;
  private value: T | undefined;

  get(key: string, make: () => T): T {
    if (this.key !== key || this.value === undefined) {
      this.key = key;
      this.value = make();
    }
    return this.value;
  }
}
