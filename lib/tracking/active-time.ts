/**
 * Time the learner is really on a page: the tab is visible and there was input (or the page
 * became visible) within the last `idleMs`. A tab left open overnight adds at most `idleMs`.
 */
export class ActiveClock {
  private accountedUntil: number;
  private lastActivity: number;
  private pending = 0;

  constructor(
    now: number,
    private visible: boolean,
    private readonly idleMs = 60_000,
  ) {
    this.accountedUntil = now;
    this.lastActivity = now;
  }

  private advance(now: number): void {
    if (now <= this.accountedUntil) return;
    if (this.visible) {
      const activeEnd = Math.min(now, this.lastActivity + this.idleMs);
      if (activeEnd > this.accountedUntil) this.pending += activeEnd - this.accountedUntil;
    }
    this.accountedUntil = now;
  }

  /** Input from the learner (key, pointer, scroll). */
  activity(now: number): void {
    this.advance(now);
    this.lastActivity = Math.max(this.lastActivity, now);
  }

  setVisible(visible: boolean, now: number): void {
    this.advance(now);
    if (visible && !this.visible) this.lastActivity = now;
    this.visible = visible;
  }

  /** Active milliseconds since the previous call. */
  take(now: number): number {
    this.advance(now);
    const ms = this.pending;
    this.pending = 0;
    return ms;
  }

  /** True while time is being counted (for skipping timers when it is not). */
  isActive(now: number): boolean {
    return this.visible && now < this.lastActivity + this.idleMs;
  }
}
