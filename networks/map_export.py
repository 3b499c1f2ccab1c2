"""The network map as files for network analysis tools: GraphML (yEd, Cytoscape, igraph)
and GEXF (Gephi), written by networkx, with each actor's figures from the map's analysis."""

import io

import networkx as nx

from networks import graph

FORMATS = {
    "graphml": ("application/graphml+xml", nx.write_graphml),
    "gexf": ("application/gexf+xml", nx.write_gexf),
}


def network_file(actors, ties, absolute_url) -> nx.MultiDiGraph:
    """Actors as nodes keyed by their identifier in addresses, ties as edges keyed by kind;
    `absolute_url` turns a path into a full address."""
    analysis = graph.analyse(graph.build_graph(actors, ties))
    network = nx.MultiDiGraph()
    for actor in actors:
        stats = analysis.by_actor[actor.pk]
        network.add_node(
            actor.slug,
            label=str(actor.name),
            name_fi=actor.name_fi or "",
            name_sv=actor.name_sv or "",
            actor_type=actor.actor_type,
            url=absolute_url(actor.get_absolute_url()),
            degree=stats.degree,
            in_degree=stats.in_degree,
            out_degree=stats.out_degree,
            betweenness=stats.betweenness,
            closeness=stats.closeness,
            community=stats.community or 0,
        )
    for tie in ties:
        network.add_edge(
            tie.source.slug,
            tie.target.slug,
            key=tie.kind,
            kind=tie.kind,
            strength=int(tie.strength),
            valid_from=tie.valid_from.isoformat() if tie.valid_from else "",
            valid_to=tie.valid_to.isoformat() if tie.valid_to else "",
        )
    return network


def written(network: nx.Graph, file_format: str) -> bytes:
    """The network as a file of the format ("graphml" or "gexf")."""
    buffer = io.BytesIO()
    FORMATS[file_format][1](network, buffer)
    return buffer.getvalue()
