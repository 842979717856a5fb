/** Size reference only: React + react-dom/client as the content script uses them (createRoot + render). */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

(globalThis as { __ccReact?: unknown }).__ccReact = { createElement, createRoot };
