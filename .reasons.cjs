const webpack=require("webpack"); process.env.ADDIN_BASE_URL="https://x.example.org/ird";
const cfg=require("./webpack.config.js")({outDir:"/tmp/pbr2"},{mode:"production"});
webpack(cfg,(e,s)=>{ const j=s.toJson({all:false,modules:true,reasons:true,chunks:false,nestedModules:true,moduleTrace:false});
  const want=process.argv[2]; const seen=new Set();
  const visit=(m)=>{ if(m.modules) m.modules.forEach(visit); if((m.name||"").includes(want) && !seen.has(m.name)){ seen.add(m.name); console.log("==",m.name,"chunks",m.chunks); for(const r of (m.reasons||[])) if(r.moduleName && !r.moduleName.includes("node_modules/@fluentui/tokens")) console.log("   <-",r.moduleName, r.type, r.userRequest);} };
  j.modules.forEach(visit); });
