// Session-wide denials: no permissions, no devices, no spell-check dictionary download, no network.
import type { Session } from 'electron';
import { installRequestFilter } from './request-filter';

/** The session API surface this module touches (narrowed so tests can pass a recording fake). */
type HardenableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'webRequest'
  | 'on'
>;

/** Applies every session-level control; call once per session after `ready`. */
export function hardenSession(session: HardenableSession, options: { allowDevTools: boolean }): void {
  // Spell-checking would download Hunspell dictionaries from a Google CDN.
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL('app://lectern/no-dictionaries/');
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setBluetoothPairingHandler((_details, callback) => {
    callback({ confirmed: false });
  });
  session.setDisplayMediaRequestHandler((_request, callback) => {
    // An empty answer refuses screen capture.
    callback({});
  });
  // Device pickers (HID, serial, USB) would otherwise let a page talk to hardware; cancel every selection.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('will-download', (event) => {
    event.preventDefault();
  });
  installRequestFilter(session, options);
}
