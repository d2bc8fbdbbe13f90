import Link from 'next/link';

export default function HomePage() {
  return (
    <div className="home">
      <section className="home-hero">
        <h1>ctrlab</h1>
        <p className="home-lead">
          containerd 学习笔记,配一台在浏览器里运行的模拟节点。笔记里的每条 <code>ctr</code>{' '}
          命令都可以直接在旁边的终端里执行,输出与一台真实的 containerd 1.6.20 节点一致:同样的列、同样的报错、同样的退出码。
        </p>
        <p className="home-lead" lang="en">
          Containerd study notes with a simulated node that runs in your browser. Every <code>ctr</code>{' '}
          command in the notes runs in the terminal beside them and prints what a real containerd 1.6.20
          node prints. Nothing to install, no server, no time limit.
        </p>
        <div className="home-actions">
          <Link className="button" href="/notes/ctr/">
            阅读 ctr 笔记
          </Link>
          <Link className="button button-quiet" href="/en/notes/ctr/" hrefLang="en">
            Read the ctr note (English)
          </Link>
          <Link className="button button-quiet" href="/playground/">
            打开终端 / Playground
          </Link>
        </div>
      </section>
      <section className="home-points">
        <div>
          <h2>命名空间 · Namespaces</h2>
          <p>
            <code>ctr</code> 默认在 <code>default</code> 命名空间工作,而 Kubernetes 的镜像在 <code>k8s.io</code>。
            亲手试一次就不会再困惑。
          </p>
        </div>
        <div>
          <h2>容器与任务 · Containers vs tasks</h2>
          <p>
            <code>ctr c create</code> 只生成元数据,<code>ctr t start</code> 才让进程跑起来;<code>ctr run</code>{' '}
            一步完成两件事。
          </p>
        </div>
        <div>
          <h2>状态会保留 · State is kept</h2>
          <p>
            节点状态保存在浏览器里,刷新页面后镜像和容器都还在;“重置节点”随时回到一台全新的机器。
          </p>
        </div>
      </section>
    </div>
  );
}
