import { startCardFrame } from '../../features/card/start';

// The hover card's frame, which the analyser puts in a page (features/page/card-host.ts).
void startCardFrame(window);
