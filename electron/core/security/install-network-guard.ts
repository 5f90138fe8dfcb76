// Side-effect module imported first by the Electron main entry and the core worker entry, so the network guard is
// in place before any other module of theirs is evaluated (ES modules evaluate their imports in order).
import { installNetworkGuard } from './network-guard';

installNetworkGuard();
