// The demo site's own script: its language switcher and its part of "Ask for a review".
import './language-switcher.js';
import './review-link.js';
