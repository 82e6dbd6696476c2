/** What other parts use of the agent: its settings (the deployment writes them for each machine). */
export * from './settings.ts';
