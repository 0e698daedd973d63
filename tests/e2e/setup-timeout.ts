// End-to-end tests wait on real queues, workflows and (short) deadlines.
jest.setTimeout(180_000);
