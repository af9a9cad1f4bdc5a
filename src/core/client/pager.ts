// Paging through a list API that gives neither a total nor a sort order (the service-request list:
// `page[number]`, `page[size]`, oldest first). The last page is found with O(log pages) requests
// (doubling, then halving), which gives the total and lets a view show the newest first: the last
// page reversed, then the pages before it, handed out `size` items at a time. Fetched pages are kept
// only for the life of one pager.

export type SortOrder = 'newest' | 'oldest';

export type FetchPage<T> = (page: number, signal: AbortSignal) => Promise<T[]>;

export class ListPager<T> {
  private readonly pages = new Map<number, T[]>();
  private lastPage: number | undefined;
  /** The next page to read (newest: counts down to 1; oldest: up to the last). */
  private cursor: number | undefined;
  /** Items read from pages but not handed out yet (a batch is always `size` items). */
  private buffer: T[] = [];
  private totalValue: number | undefined;

  constructor(
    private readonly fetchPage: FetchPage<T>,
    readonly size: number,
    readonly order: SortOrder,
  ) {}

  /** How many items the list has in all (known after `first()`). */
  get total(): number | undefined {
    return this.totalValue;
  }

  get hasMore(): boolean {
    return this.buffer.length > 0 || this.pagesLeft;
  }

  private get pagesLeft(): boolean {
    if (this.cursor === undefined || this.lastPage === undefined) return false;
    return this.order === 'newest' ? this.cursor >= 1 : this.cursor <= this.lastPage;
  }

  /** The first batch: the newest items (newest first) or the oldest. Finds the total on the way. */
  async first(signal: AbortSignal): Promise<T[]> {
    const last = await this.findLastPage(signal);
    this.lastPage = last;
    this.totalValue = (last - 1) * this.size + (this.pages.get(last)?.length ?? 0);
    this.cursor = this.order === 'newest' ? last : 1;
    this.buffer = [];
    return this.next(signal);
  }

  /** The next `size` items in the chosen order (fewer at the end; none when there is none). */
  async next(signal: AbortSignal): Promise<T[]> {
    while (this.buffer.length < this.size && this.pagesLeft && this.cursor !== undefined) {
      const page = this.cursor;
      const items = await this.get(page, signal);
      this.pages.delete(page);
      this.cursor = this.order === 'newest' ? page - 1 : page + 1;
      this.buffer.push(...(this.order === 'newest' ? [...items].reverse() : items));
    }
    return this.buffer.splice(0, this.size);
  }

  private async get(page: number, signal: AbortSignal): Promise<T[]> {
    const hit = this.pages.get(page);
    if (hit) return hit;
    const items = await this.fetchPage(page, signal);
    this.pages.set(page, items);
    return items;
  }

  /** The last page that has items (1 when the list is empty). */
  private async findLastPage(signal: AbortSignal): Promise<number> {
    const full = (items: T[]) => items.length >= this.size;
    if (!full(await this.get(1, signal))) return 1;
    // Double until a page is not full…
    let lo = 1;
    let hi = 2;
    for (;;) {
      const items = await this.get(hi, signal);
      if (!full(items)) {
        if (items.length > 0) return hi;
        break;
      }
      lo = hi;
      hi *= 2;
    }
    // …then halve between the last full page (lo) and the first empty one (hi).
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const items = await this.get(mid, signal);
      if (full(items)) lo = mid;
      else if (items.length === 0) hi = mid;
      else return mid;
    }
    return lo;
  }
}
