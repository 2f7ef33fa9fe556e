// The console page's client: noVNC's RFB object on the websocket the URL's `path` names
// (`?token=...`, relative to this origin, as nova-novncproxy's vnc_lite.html reads it).
import RFB from './core/rfb.js';

const status = (text) => {
  document.getElementById('status').textContent = text;
};

const params = new URLSearchParams(window.location.search);
const path = params.get('path') ?? '';
const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
const url = `${scheme}://${window.location.host}/${path.replace(/^\//, '')}`;

status('Connecting');
const rfb = new RFB(document.getElementById('screen'), url);
rfb.viewOnly = params.get('view_only') === 'true';
rfb.scaleViewport = params.get('scale') !== 'false';
rfb.addEventListener('connect', () => status('Connected'));
rfb.addEventListener('disconnect', (e) => status(e.detail.clean ? 'Disconnected' : 'Something went wrong, connection is closed'));
rfb.addEventListener('desktopname', (e) => status(`Connected to ${e.detail.name}`));
document.getElementById('send_ctrl_alt_del').addEventListener('click', () => rfb.sendCtrlAltDel());
