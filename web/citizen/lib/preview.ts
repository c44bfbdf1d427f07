// Preview mode: the staff builder frames /preview/:id/... to show a draft through this very
// renderer. The form then comes from the staff preview API, nothing is ever filed, and the
// builder asks for a fresh copy after each edit (components/Preview.tsx, loaded only here).
export const inPreview = (): boolean => location.pathname.startsWith('/preview/');
