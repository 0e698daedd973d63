/**
 * Min-cost flow by successive shortest paths (SSP). Each round finds a cheapest augmenting path
 * with Dijkstra over reduced costs c(u,v) + h(u) - h(v), where the potentials h are last round's
 * shortest distances (Johnson). SSP keeps the flow min-cost for its value after every round, so
 * the final flow is a min-cost flow of the requested value — an exact optimum, not a heuristic.
 *
 * Costs must be non-negative integers: that makes the all-zero potential valid at the start and
 * keeps every sum exact.
 */
export class MinCostFlow {
  // Forward-star storage; edge e and its residual twin are e and e ^ 1.
  private readonly head: number[];
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];

  constructor(private readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds an arc and returns its id, for reading the flow on it afterwards. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isSafeInteger(cost) || cost < 0) {
      throw new RangeError(`edge cost must be a non-negative safe integer, got ${cost}`);
    }
    const id = this.to.length;
    this.pushArc(from, to, capacity, cost);
    this.pushArc(to, from, 0, -cost);
    return id;
  }

  flowOn(edge: number): number {
    return this.capacity[edge ^ 1];
  }

  /** Sends up to `limit` units from source to sink at least cost. */
  run(source: number, sink: number, limit = Number.POSITIVE_INFINITY): { flow: number; cost: number } {
    const potential = new Array<number>(this.nodeCount).fill(0);
    let flow = 0;
    let cost = 0;
    while (flow < limit) {
      const { distance, viaEdge } = this.shortestPaths(source, potential);
      if (distance[sink] === Number.POSITIVE_INFINITY) break;
      for (let v = 0; v < this.nodeCount; v++) {
        // Unreachable nodes stay unreachable in later rounds, so their potential never matters.
        if (distance[v] !== Number.POSITIVE_INFINITY) potential[v] += distance[v];
      }
      const units = Math.min(limit - flow, this.bottleneck(source, sink, viaEdge));
      cost += units * this.augment(source, sink, viaEdge, units);
      flow += units;
    }
    return { flow, cost };
  }

  private pushArc(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  /** Dijkstra on reduced costs, which the potentials keep non-negative on residual arcs. */
  private shortestPaths(source: number, potential: readonly number[]): { distance: number[]; viaEdge: number[] } {
    const distance = new Array<number>(this.nodeCount).fill(Number.POSITIVE_INFINITY);
    const viaEdge = new Array<number>(this.nodeCount).fill(-1);
    const queue = new MinHeap();
    distance[source] = 0;
    queue.push(0, source);
    while (queue.size > 0) {
      const [d, u] = queue.pop();
      if (d > distance[u]) continue; // stale entry
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if (this.capacity[e] === 0) continue;
        const v = this.to[e];
        const candidate = d + this.cost[e] + potential[u] - potential[v];
        if (candidate < distance[v]) {
          distance[v] = candidate;
          viaEdge[v] = e;
          queue.push(candidate, v);
        }
      }
    }
    return { distance, viaEdge };
  }

  private bottleneck(source: number, sink: number, viaEdge: readonly number[]): number {
    let units = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== source; v = this.to[viaEdge[v] ^ 1]) {
      units = Math.min(units, this.capacity[viaEdge[v]]);
    }
    return units;
  }

  /** Pushes `units` along the path and returns the path's unit cost. */
  private augment(source: number, sink: number, viaEdge: readonly number[], units: number): number {
    let pathCost = 0;
    for (let v = sink; v !== source; v = this.to[viaEdge[v] ^ 1]) {
      const e = viaEdge[v];
      this.capacity[e] -= units;
      this.capacity[e ^ 1] += units;
      pathCost += this.cost[e];
    }
    return pathCost;
  }
}

/** Binary min-heap of (key, node) pairs; duplicates are allowed and skipped by the caller. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.move(parent, i);
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0], this.nodes[0]];
    const lastKey = this.keys.pop() as number;
    const lastNode = this.nodes.pop() as number;
    if (this.keys.length > 0) this.siftDown(lastKey, lastNode);
    return top;
  }

  private siftDown(key: number, node: number): void {
    const n = this.keys.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.move(child, i);
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from];
    this.nodes[to] = this.nodes[from];
  }
}
