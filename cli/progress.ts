/**
 * Progress on stderr for a long run: files done, articles per second, and a closing line. On a
 * terminal one line is rewritten in place; otherwise a line every few seconds, for a log.
 */
export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  tick(done: number, failures: number): void {
    const now = performance.now();
    if (done < this.total && now - this.last < (this.tty ? 200 : 5000)) return;
    this.last = now;
    const line = `marsad: ${done.toLocaleString('en')}/${this.total.toLocaleString('en')} files, ${this.rate(done, now)} articles/s${failures ? `, ${failures} failed` : ''}`;
    process.stderr.write(this.tty ? `\r${line}\x1b[K` : `${line}\n`);
  }

  /** Clears the terminal's progress line before another message. */
  clear(): void {
    if (this.tty) process.stderr.write('\r\x1b[K');
  }

  end(failures: number): void {
    const now = performance.now();
    this.clear();
    const seconds = (now - this.started) / 1000;
    process.stderr.write(
      `marsad: ${this.total.toLocaleString('en')} files in ${seconds.toFixed(1)} s, ${this.rate(this.total - failures, now)} articles/s` +
        `${failures ? `; ${failures} could not be read` : ''}\n`,
    );
  }

  private rate(articles: number, now: number): string {
    const seconds = (now - this.started) / 1000;
    return seconds > 0 ? (articles / seconds).toFixed(1) : '–';
  }
}
