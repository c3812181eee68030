import { createEchoServer } from '@gatehouse/echo';
const s = createEchoServer(); s.listen(4299, '127.0.0.1');
