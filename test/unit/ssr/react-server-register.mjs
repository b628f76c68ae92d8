// `node --import ./react-server-register.mjs`: installs the server-component hook of react-server-loader.mjs.
import { register } from 'node:module';

register('./react-server-loader.mjs', import.meta.url);
