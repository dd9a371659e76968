// @safegrid/cli has no library surface; its entry point is main.ts (bin `safegrid`).
export {};
