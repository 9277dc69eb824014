/** Hostile fixture: the module's top level never returns, so no function of it can be called. */
while (true) {}

export {};
