// The kit's stylesheet as text, bundled into the element so it needs no second file and no
// <style> element (adopted stylesheets are allowed under a strict CSP).
import css from '../theme/styles.css?inline';

export const ELEMENT_CSS: string = css;
