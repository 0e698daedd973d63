import { MinCostFlow } from './min-cost-flow';

describe('MinCostFlow', () => {
  it('finds the cheapest perfect assignment of a 3×3 cost matrix', () => {
    // Optimum is 0→1, 1→0, 2→2 with cost 1 + 2 + 2 = 5 (greedy row minima would pick 0→1, 1→1 clash).
    const costs = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const network = new MinCostFlow(8);
    costs.forEach((row, i) => {
      network.addEdge(0, 1 + i, 1, 0);
      row.forEach((cost, j) => network.addEdge(1 + i, 4 + j, 1, cost));
      network.addEdge(4 + i, 7, 1, 0);
    });
    expect(network.run(0, 7)).toEqual({ flow: 3, cost: 5 });
  });

  it('reroutes earlier flow through a residual arc when that is cheaper overall', () => {
    // The first unit takes 0→1→2→3 (cost 2). The second can only get through by undoing the
    // middle arc 1→2 (reduced cost −1), ending with 0→1→3 and 0→2→3 (cost 5 + 3 = 8).
    const network = new MinCostFlow(4);
    network.addEdge(0, 1, 1, 0);
    network.addEdge(0, 2, 1, 2);
    network.addEdge(1, 3, 1, 5);
    const middle = network.addEdge(1, 2, 1, 1);
    network.addEdge(2, 3, 1, 1);
    expect(network.run(0, 3)).toEqual({ flow: 2, cost: 8 });
    expect(network.flowOn(middle)).toBe(0);
  });

  it('stops at the requested flow limit', () => {
    const network = new MinCostFlow(2);
    network.addEdge(0, 1, 5, 3);
    expect(network.run(0, 1, 2)).toEqual({ flow: 2, cost: 6 });
  });

  it('rejects negative and fractional costs', () => {
    const network = new MinCostFlow(2);
    expect(() => network.addEdge(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => network.addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
  });
});
