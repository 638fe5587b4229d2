export function hello() { console.log("lazy"); }
