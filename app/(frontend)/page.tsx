import { listAssemblies } from '@/lib/queries/assemblies'

export default async function HomePage() {
  const assemblies = await listAssemblies()
  return (
    <>
      <h1>General Assemblies</h1>
      {assemblies.length === 0 ? (
        <p>No assembly has been published yet.</p>
      ) : (
        <ul className="assembly-list">
          {assemblies.map((assembly) => (
            <li key={assembly.id}>
              <h2>{assembly.title}</h2>
              {assembly.theme ? <p>{assembly.theme}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
