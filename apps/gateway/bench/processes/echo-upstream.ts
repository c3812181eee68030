// The echo upstream in a process of its own, as it runs in the product.
import { createEchoServer } from '@gatehouse/echo';
import { serveBenchProcess } from '../serve-bench-process.ts';

await serveBenchProcess(createEchoServer());
